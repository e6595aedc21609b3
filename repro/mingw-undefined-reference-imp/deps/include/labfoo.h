#ifndef LABFOO_H
#define LABFOO_H
#if defined(_WIN32) && !defined(LABFOO_STATIC)
#define LABFOO_API __declspec(dllimport)
#else
#define LABFOO_API
#endif
LABFOO_API int labfoo_answer(void);
#endif
