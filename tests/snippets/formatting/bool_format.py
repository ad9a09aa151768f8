# bool formats as int, except that an empty spec gives str(): 'True'.
for b in (True, False):
    print(f"[{b}] [{b:}] [{b:d}] [{b:5}] [{b:<5}] [{b:x}] [{b:#b}] [{b:.2f}] [{b:%}] [{b!s:>6}]")
try:
    f"{True:s}"
except ValueError as e:
    print(e)
print("{:d}|{}|{!r:^7}".format(True, False, True))
