s = " a  b c "
for m in (-5, -1, 0, 1, 2, 3, 10, 2**62):
    print(m, s.split(None, m), s.rsplit(None, m), s.split(" ", m), s.rsplit(" ", m))
