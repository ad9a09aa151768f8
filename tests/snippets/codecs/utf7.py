import codecs
samples = ["Hi Mom -☺-!", "日本語", "a+b", "~\\", "A≢Α.", "Item 3 is £1.", "\U0001f600x", "-+-", "\x00\x7f", ""]
for s in samples:
    b = s.encode("utf-7")
    print(repr(s), b, b.decode("utf-7") == s)
for b in [b"a+", b"+AGE", b"+AGE-", b"+2D3YAA-", b"+ZeVnLIqe-x", b"a+b", b"\xff", b"+A-", b"+AGH-"]:
    try:
        print(b, repr(b.decode("utf-7")))
    except UnicodeDecodeError as e:
        print(b, "error:", e)
    print(b, repr(b.decode("utf-7", "replace")))
d = codecs.getincrementaldecoder("utf-7")()
print([d.decode(bytes([c])) for c in b"a+ZeVnLIqe-b"], repr(d.decode(b"", final=True)))
print(codecs.utf_7_decode(b"a+AG", None, False), codecs.utf_7_decode(b"a+AGE", None, False))
