print("x".encode("UTF8"))
"x".encode("no-such-codec")
