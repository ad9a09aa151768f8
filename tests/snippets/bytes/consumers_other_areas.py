for e in ['ord(memoryview(b"a"))','ord(bytearray(b"ab"))','ord(bytearray(b"z"))','int(b"12")','int(bytearray(b" 7 "))','int(memoryview(b"3"))','float(b"1.5")','float(bytearray(b"2"))','int(b"ff", 16)','str(b"ab", "ascii")','str(bytearray(b"ab"), "ascii")','str(memoryview(b"ab"), "ascii")', 'UnicodeDecodeError("x", bytearray(b"a"), 0, 1, "r").object', 'complex(b"1")', 'sum([b"a"], b"")', 'sum([1], bytearray())', 'isinstance(memoryview(b""), memoryview)', 'bytearray.__name__', 'memoryview.__name__']:
  try: print(e, '=>', repr(eval(e)))
  except Exception as x: print(e, type(x).__name__, x)
