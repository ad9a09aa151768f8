class A:
    def method_one(self): pass
A.method_on
