# write() returns the number of characters; buffer.write the number of bytes
import sys
n = sys.stdout.write("héllo ☺\n")
m = sys.stdout.buffer.write("héllo ☺\n".encode())
sys.stdout.flush()
print(n, m)
sys.stdout.writelines(["a", "b\n", "c\n"])
print(sys.stdout.write(""))
