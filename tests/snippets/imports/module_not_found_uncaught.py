# the traceback of a failed import
import sys
print("looking for a module that is not there")
import _definitely_missing_module
