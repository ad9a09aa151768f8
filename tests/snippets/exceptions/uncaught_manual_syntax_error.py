raise SyntaxError("custom message", ("fake.py", 3, 5, "x = = 1\n", 3, 8))
