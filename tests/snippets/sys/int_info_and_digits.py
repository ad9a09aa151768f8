# sys.int_info and the int/str digits limit
import sys
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold, sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(6000)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
sys.set_int_max_str_digits(maxdigits=640)
try:
    int("1" * 700)
except ValueError as e:
    print("ValueError:", e)
for bad in [5, -1, "a"]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
