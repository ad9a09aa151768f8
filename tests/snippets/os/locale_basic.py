import locale, _locale
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC))
print(locale.getpreferredencoding(False), _locale.getencoding())
conv = locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"], conv["int_frac_digits"])
print(sorted(conv))
print(locale.format_string("%d %.2f", (1234567, 3.14159), grouping=True))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strxfrm("abc"))
print(_locale.nl_langinfo(_locale.CODESET), _locale.nl_langinfo(_locale.RADIXCHAR))
for f in (lambda: _locale.setlocale(99), lambda: _locale.setlocale(0, "xx_YY.krait"), lambda: _locale.nl_langinfo(999999)):
    try:
        f()
    except (locale.Error, ValueError) as e:
        print(type(e).__name__, e)
print(_locale.Error is locale.Error, locale.Error.__mro__[1].__name__, _locale.gettext("msg"), _locale.textdomain(None))
print(locale.normalize("en_US"), locale.getlocale(locale.LC_NUMERIC))
