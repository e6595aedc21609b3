int helper_value(void); int post_value(void) { return helper_value() + 1; }
