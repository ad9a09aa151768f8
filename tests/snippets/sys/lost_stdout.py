# print() without sys.stdout
import sys
saved = sys.stdout
del sys.stdout
try:
    print("x")
except RuntimeError as e:
    saved.write("RuntimeError: " + str(e) + "\n")
sys.stdout = saved
print("restored")
