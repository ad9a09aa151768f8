# Dunder methods called implicitly (str(), +, iteration, len) appear as frames of their own.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 0:.2f}"
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __len__(self):
        return -1

import sys
for f in (lambda: str(Money(5)), lambda: Money(1) + 5, lambda: len(Money(1)), lambda: sorted([3, 1, "a"])):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
print(Money(3))
