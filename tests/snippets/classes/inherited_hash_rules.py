class Parent:
    def __eq__(self, other):
        return True

class Child(Parent):
    pass

class ChildWithHash(Parent):
    def __hash__(self):
        return 7

class HashOnly:
    def __hash__(self):
        return 3

class HashOnlyChild(HashOnly):
    def __eq__(self, other):
        return False

print(Parent.__hash__, Child.__hash__, hash(ChildWithHash()), hash(HashOnly()))
print(HashOnlyChild.__hash__)
for cls in [Child, HashOnlyChild]:
    try:
        hash(cls())
    except TypeError as e:
        print("TypeError:", e)
