# sys.exit(n) sets the exit status; nothing after it runs
import sys
print("before exit")
sys.exit(3)
print("not printed")
