namespace Krait.Runtime;

/// <summary>Marker for module objects (they come with the import system): functions bound to a module repr as functions.</summary>
public interface IPyModule;
