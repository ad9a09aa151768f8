try:
    pass
except E as a[0]:
    pass
