# SystemExit with a non-int, non-None code prints it to stderr and exits 1
class Reason:
    def __str__(self):
        return "custom reason object"
print("exiting with an object")
raise SystemExit(Reason())
