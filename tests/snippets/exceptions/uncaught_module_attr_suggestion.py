import sys
sys.getrecursionlimt()
