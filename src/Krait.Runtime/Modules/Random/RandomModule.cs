namespace Krait.Runtime;

/// <summary>The _random module: the Random type random.py builds on.</summary>
public static class RandomModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_random", "Module implements the Mersenne Twister random number generator.");
        m.Add("Random", PyRandom.RandomType);
        return m;
    }
}
