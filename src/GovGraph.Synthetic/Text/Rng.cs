using Bogus;

namespace GovGraph.Synthetic.Text;

/// The one source of randomness of a file: a seeded Bogus randomizer, and a zh_CN faker on it for person names.
internal sealed class Rng
{
    readonly Randomizer random;
    readonly Faker faker;

    public Rng(int seed)
    {
        random = new Randomizer(seed);
        faker = new Faker("zh_CN") { Random = random };
    }

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
    public string PersonName() => faker.Name.LastName() + faker.Name.FirstName();

    /// A city name from the zh_CN locale, e.g. 珠阳市.
    public string CityName() => faker.Address.City();

    /// A seed for a dependent generator, so one draw here fixes everything drawn there.
    public int NextSeed() => random.Number(0, int.MaxValue - 1);
}
