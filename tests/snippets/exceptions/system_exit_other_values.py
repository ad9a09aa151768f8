import sys

class Code:
    def __str__(self):
        return "custom object code"

try:
    raise SystemExit(True)
except SystemExit as e:
    print("bool code", e.code)
try:
    raise SystemExit(0)
except SystemExit as e:
    print("zero", e.code)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit", e.code)
print("about to exit with an object")
raise SystemExit(Code())
