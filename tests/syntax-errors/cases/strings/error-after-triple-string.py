x = """a
b
c""" $
