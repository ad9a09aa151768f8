# -*- coding: utf-8 -*-
é = ñ 2
