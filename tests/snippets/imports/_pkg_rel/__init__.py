from .a import describe
top = "top of _pkg_rel"
