e = ValueError("bad value")
e.add_note("first note")
e.add_note("second\nmultiline note")
raise e
