import torch

base = torch.zeros(4)
view = base[1:3]  # basic slicing returns a view: no copy
same_memory = view.untyped_storage().data_ptr() == base.untyped_storage().data_ptr()
print(view._base is base, same_memory)
print(base._version, view._version)

view.add_(1)  # a write through the view ...
print(base._version, view._version)  # ... bumps the counter they share

base.mul_(2)  # and a write to the base bumps the view's counter
print(base._version, view._version)
print(base)

other = base.view(2, 2)  # a view made later starts at the shared count
print(other._version)
print(other[0]._base is base)  # a view of a view: its _base is the original
