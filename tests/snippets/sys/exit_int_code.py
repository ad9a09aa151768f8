# sys.exit(int) sets the process exit code
import sys
print("exiting with 4")
sys.exit(4)
