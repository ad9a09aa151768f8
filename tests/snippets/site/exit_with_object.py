class Code:
    def __str__(self):
        return "object code"
print("exit builtin present:", callable(exit))
exit(Code())
