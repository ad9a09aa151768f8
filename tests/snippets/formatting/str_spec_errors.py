# str refuses signs, '#', '=', 'z', separators and non-'s' types.
for spec in ("+", "-", " ", "#", "=5", "z", ",", "_", "d", "x", "f", "%", "ss", "5,s", ".", "\u1234"):
    try:
        print(repr(spec), repr(f"{'text':{spec}}"))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
