raise UnicodeDecodeError("utf-8", b"\x80abc", 0, 1, "invalid start byte")
