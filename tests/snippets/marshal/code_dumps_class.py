import marshal
src = '''
class Base:
    """A docstring."""
    attr = 1
    def method(self, x):
        return self.attr + x
    @staticmethod
    def static():
        def nested():
            return 1
        return nested
    class Inner:
        def deep(self):
            return __class__
class Child(Base, metaclass=type):
    def method(self, x):
        return super().method(x) * 2
'''
code = compile(src, "classes.py", "exec")
data = marshal.dumps(code)
print(data)
