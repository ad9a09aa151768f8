class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int], Box["x"], Box[1, 2])

class Sub(Box):
    pass
print(Sub[str])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int] == list[int], list[int].__origin__, list[int].__args__)
try:
    object[int]
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __getitem__(self, i):
        return "instance " + str(i)
    def __class_getitem__(cls, i):
        return "class " + str(i)
print(Both()[1], Both[1])
