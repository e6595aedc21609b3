#include <string>
#include <stdexcept>
extern "C" int greet_len(const char *name) {
  std::string s = std::string("hello, ") + name;
  if (s.empty()) throw std::runtime_error("empty");
  return (int)s.size();
}
