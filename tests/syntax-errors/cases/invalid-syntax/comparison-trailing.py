a < 
