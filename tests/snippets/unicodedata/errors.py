import unicodedata as ud

calls = [lambda: ud.category("ab"), lambda: ud.category(1), lambda: ud.category(), lambda: ud.name(),
         lambda: ud.name("a", 1, 2), lambda: ud.name(chr=1), lambda: ud.lookup(), lambda: ud.lookup(1),
         lambda: ud.decimal(), lambda: ud.normalize("NFC"), lambda: ud.bidirectional(""),
         lambda: ud.ucd_3_2_0.category(), lambda: ud.ucd_3_2_0.name()]
for f in calls:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
