# Every table-driven single-byte codec of the stdlib (and the cp437-style dict-based ones): all 256 bytes
# decoded with replacement, a digest of the result, and the round trip back.
import codecs
names = ("cp037 cp1006 cp1026 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp273 cp424 "
         "cp500 cp720 cp856 cp874 cp875 hp_roman8 iso8859_1 iso8859_10 iso8859_11 iso8859_13 iso8859_14 iso8859_15 "
         "iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 koi8_r koi8_t "
         "koi8_u kz1048 mac_croatian mac_cyrillic mac_farsi mac_greek mac_iceland mac_latin2 mac_roman mac_romanian "
         "mac_turkish palmos ptcp154 tis_620 cp437 cp850 cp852 cp855 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 "
         "cp866 cp869 mac_arabic").split()
all_bytes = bytes(range(256))
for name in names:
    info = codecs.lookup(name)
    text = all_bytes.decode(name, "replace")
    undefined = text.count("\ufffd")
    checksum = sum(ord(c) * (i + 1) for i, c in enumerate(text)) % 1000003
    back = text.encode(name, "replace")
    same = sum(1 for a, b in zip(back, all_bytes) if a == b)
    print(f"{name:14} {info.name:14} len={len(text)} undefined={undefined} sum={checksum} roundtrip={same}")
    sample = "".join(ch for ch in "Zürich €5 – «Привет» Ωμέγα שלום" if ch.encode(name, "ignore"))
    print("   ", sample.encode(name, "backslashreplace")[:40])
