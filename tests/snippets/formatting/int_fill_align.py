# Fill characters and the four alignments.
for spec in ("<8", ">8", "^8", "=8", "*<8", "*>8", "*^8", "*=8", "-^9", "0^9", "é>6", "😀^7", "{}".format("x=+8")):
    print(repr(spec), "[" + f"{-42:{spec}}" + "]", "[" + f"{42:{spec}}" + "]")
print("[" + f"{7:^4}" + "]", "[" + f"{7:^5}" + "]")
