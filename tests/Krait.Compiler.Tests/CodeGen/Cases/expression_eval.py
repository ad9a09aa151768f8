a + b * [x for x in y if x] or (lambda: z)()
