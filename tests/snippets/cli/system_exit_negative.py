# a negative exit status
import sys
sys.exit(-1)
