#!/usr/bin/python
# coding: nope
x = 1
