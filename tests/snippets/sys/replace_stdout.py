# print() writes to whatever sys.stdout is now
import sys
class Upper:
    def __init__(self, target):
        self.target = target
    def write(self, s):
        return self.target.write(s.upper())
    def flush(self):
        self.target.flush()
sys.stdout = Upper(sys.__stdout__)
print("shouting", [1, "x"])
sys.stdout = sys.__stdout__
print("quiet again")
sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("back")
