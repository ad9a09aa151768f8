class Base:
    shared = []
    value = "base"

    def describe(self):
        return self.value

class Child(Base):
    value = "child"

a, b = Child(), Child()
a.shared.append("via a")
print(b.shared, Base.shared)
a.shared = ["own"]
print(a.shared, b.shared)
print(a.describe(), Base().describe())
Child.value = "patched"
print(b.describe())
del Child.value
print(b.describe())
try:
    del Child.value
except AttributeError as e:
    print("AttributeError:", e)
print(Child.__dict__.get("value"), "value" in Base.__dict__)
try:
    Child.nope
except AttributeError as e:
    print("AttributeError:", e)
