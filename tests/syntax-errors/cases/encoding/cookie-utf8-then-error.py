# coding: utf-8
é = é 1
