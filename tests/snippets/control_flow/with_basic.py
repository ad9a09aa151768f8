class Resource:
    def __init__(self, name):
        self.name = name
        print("init", name)

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is None)
        return False

with Resource("a") as value:
    print("body got", value)
with Resource("b"):
    print("no target")
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
with Resource("x") as (first, *rest):
    print("unpacked", first, rest)
targets = {}
with Resource("k") as targets["key"]:
    pass
print(targets)
