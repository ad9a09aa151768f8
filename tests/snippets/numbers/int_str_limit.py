def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

import sys
print(sys.get_int_max_str_digits())
t("parse 5000", lambda: int("1" * 5000))
t("parse zeros", lambda: int("0" * 5000))
t("parse 4300", lambda: len(str(int("7" * 4300))))
t("parse 4301", lambda: int("7" * 4301))
t("parse hex ok", lambda: int("f" * 5000, 16).bit_length())
t("str big", lambda: str(10 ** 5000))
t("repr big", lambda: repr(-(10 ** 4300)))
t("str 4300", lambda: len(str(10 ** 4299)))
t("hex big ok", lambda: len(hex(10 ** 5000)))
t("format big", lambda: format(10 ** 5000, "d"))
t("fstring big", lambda: f"{10 ** 5000}")
sys.set_int_max_str_digits(5000)
t("after set", lambda: len(str(10 ** 4999)))
t("after set too", lambda: int("9" * 5001))
sys.set_int_max_str_digits(0)
t("unlimited", lambda: len(str(10 ** 6000)))
t("bad set", lambda: sys.set_int_max_str_digits(100))
t("bad set neg", lambda: sys.set_int_max_str_digits(-1))
print(sys.get_int_max_str_digits())
