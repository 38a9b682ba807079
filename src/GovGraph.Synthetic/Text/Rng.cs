using Bogus;

namespace GovGraph.Synthetic.Text;

/// The one source of randomness of a file: a seeded Bogus randomizer, and zh_CN name and address data sets on it.
internal sealed class Rng(int seed)
{
    readonly Randomizer random = new(seed);

    // Made on first use only: a whole Faker builds every data set of the locale, which costs more than a file's text.
    Bogus.DataSets.Name? names;
    Bogus.DataSets.Address? addresses;

    /// A number in [min, max], both inclusive.
    public int Int(int min, int max) => random.Number(min, max);

    public double Double() => random.Double();

    public bool Chance(double p) => p > 0 && (p >= 1 || random.Double() < p);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Number(0, items.Count - 1)];

    /// n distinct items in random order (all of them when n exceeds the count).
    public List<T> Sample<T>(IReadOnlyList<T> items, int n)
    {
        var index = new int[items.Count];
        for (var i = 0; i < index.Length; i++) index[i] = i;
        n = Math.Min(n, index.Length);
        var result = new List<T>(n);
        for (var i = 0; i < n; i++)
        {
            var j = random.Number(i, index.Length - 1);
            (index[i], index[j]) = (index[j], index[i]);
            result.Add(items[index[i]]);
        }
        return result;
    }

    /// A Chinese person name, family name first. Bogus's FullName() would print "名 姓" with a space.
    public string PersonName()
    {
        names ??= new Bogus.DataSets.Name("zh_CN") { Random = random };
        return names.LastName() + names.FirstName();
    }

    /// A city name from the zh_CN locale, e.g. 珠阳市.
    public string CityName()
    {
        addresses ??= new Bogus.DataSets.Address("zh_CN") { Random = random };
        return addresses.City();
    }

    /// A seed for a dependent generator, so one draw here fixes everything drawn there.
    public int NextSeed() => random.Number(0, int.MaxValue - 1);
}
