inner = ValueError("v")
inner.add_note("inner note")
eg = ExceptionGroup("grp", [inner, TypeError("t")])
eg.add_note("group note")
raise eg
