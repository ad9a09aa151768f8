# a float exit code is not an int: it is printed to stderr and the status is 1
import sys
sys.exit(3.5)
