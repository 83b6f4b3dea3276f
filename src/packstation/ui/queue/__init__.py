"""The queue screen: the orders waiting to be packed."""
