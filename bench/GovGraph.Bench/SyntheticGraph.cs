namespace GovGraph.Bench;

/// Ids and words to query a synthetic graph with, sampled while it is generated (the serving suite reads them back).
public sealed record StoreKeys(
    List<string> Agencies, List<string> AgencyNames, List<string> Tasks, List<string> Laws, List<string> SearchTerms, List<string> Counties);

/// A county-gazette graph built directly from Core types, in the shapes the loader produces: counties whose
/// agencies lead and cooperate on the numbered tasks of plans, notices that publish plans and cite provincial and
/// national documents (a few national laws cited nearly everywhere, as 《安全生产法》 is), provincial opinions
/// citing national ones, regions and townships. One FileGraph per gazette, streamed; the same seed gives the
/// same graph.
public sealed class SyntheticGraph
{
    static readonly (string Name, string Code)[] ProvinceNames =
        [("山西省", "晋"), ("河北省", "冀"), ("河南省", "豫"), ("陕西省", "陕"), ("山东省", "鲁"), ("湖南省", "湘")];

    const string PlaceChars = "安平宁和清河阳泉东西南北山川长新永德兴华丰乐康定武文昌龙凤云白石金玉临汾沁襄垣晋阜城高柳林保静泰岳";

    static readonly (string Full, string Short)[] Departments =
    [
        ("发展和改革局", "发改局"), ("教育局", "教育局"), ("公安局", "公安局"), ("民政局", "民政局"), ("财政局", "财政局"),
        ("人力资源和社会保障局", "人社局"), ("自然资源局", "自然资源局"), ("住房和城乡建设局", "住建局"), ("交通运输局", "交通局"),
        ("水利局", "水利局"), ("农业农村局", "农业农村局"), ("商务局", "商务局"), ("文化和旅游局", "文旅局"), ("卫生健康局", "卫健局"),
        ("应急管理局", "应急局"), ("审计局", "审计局"), ("市场监督管理局", "市场监管局"), ("统计局", "统计局"), ("医疗保障局", "医保局"),
        ("林业局", "林业局"), ("能源局", "能源局"), ("工业和信息化局", "工信局"), ("行政审批服务管理局", "行政审批局"), ("乡村振兴局", "乡村振兴局"),
        ("司法局", "司法局"), ("退役军人事务局", "退役军人局"),
    ];

    static readonly string[] Topics =
    [
        "安全生产", "地质灾害防治", "森林草原防灭火", "防汛抗旱", "农村人居环境整治", "大气污染防治", "水污染防治", "营商环境优化", "乡村振兴",
        "食品安全", "消防安全", "道路交通安全", "养老服务体系建设", "义务教育均衡发展", "医疗卫生服务", "就业创业促进", "矿山安全整治",
        "城乡供水保障", "耕地保护", "文明城市创建", "冬季清洁取暖", "危险化学品管理", "建筑施工安全", "旅游市场整治", "农产品质量安全",
    ];

    static readonly string[] Measures =
    [
        "开展全面排查，建立问题台账，逐项整改销号", "完善工作机制，明确责任分工，加强督促检查", "加大资金投入，统筹项目建设，确保按期完成",
        "强化宣传教育，营造良好氛围，提高群众知晓率", "健全监测预警体系，提升应急处置能力", "严格执法检查，依法查处违法违规行为",
        "推进信息化建设，实现数据共享和动态管理", "加强队伍建设，开展业务培训和应急演练", "落实属地责任，建立联席会议制度",
    ];

    static readonly string[] Metrics = ["覆盖率", "完成率", "达标率", "整改率", "优良天数比例", "受益人口", "培训人次", "建设数量"];

    sealed record County(string Name, string Code, string City, string Province, string ProvinceCode, string[] Townships);

    sealed record Law(string Id, string Key, string Title, string? Number, string Issuer, string Date, string Kind, string Level);

    readonly Random _rng;
    readonly List<County> _counties = [];
    readonly List<Law> _national = [];
    readonly Dictionary<string, List<Law>> _provincial = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Law>> _countyNotices = new(StringComparer.Ordinal);
    readonly double[] _nationalWeights;
    readonly StoreKeys _keys = new([], [], [], [], [], []);

    public SyntheticGraph(int seed)
    {
        _rng = new Random(seed);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string Place(string suffix)
        {
            while (true)
            {
                var n = $"{PlaceChars[_rng.Next(PlaceChars.Length)]}{PlaceChars[_rng.Next(PlaceChars.Length)]}{suffix}";
                if (n[0] != n[1] && names.Add(n)) return n;
            }
        }
        foreach (var (province, code) in ProvinceNames)
        {
            for (var c = 0; c < 8; c++)
            {
                var city = Place("市");
                for (var k = 0; k < 6; k++)
                {
                    var county = Place("县");
                    var towns = Enumerable.Range(0, 10).Select(t => Place(t % 3 == 2 ? "乡" : "镇")).ToArray();
                    _counties.Add(new County(county, county[..1], city, province, code, towns));
                }
            }
            _provincial[province] = [];
        }
        var year = 2008;
        foreach (var topic in Topics)
        {
            var number = $"主席令第{_national.Count + 1}号";
            _national.Add(NewLaw($"中华人民共和国{topic}法", number, "全国人民代表大会常务委员会", $"{year++ % 20 + 2004}-06-01", "law", "national"));
            number = $"国发〔{2010 + _national.Count % 14}〕{_national.Count}号";
            _national.Add(NewLaw($"国务院关于进一步加强{topic}工作的意见", number, "国务院", $"{2010 + _national.Count % 14}-03-15", "opinion", "national"));
        }
        // Zipf: the first few national documents are cited by a large share of all gazettes.
        _nationalWeights = [.. Enumerable.Range(1, _national.Count).Select(r => 1.0 / r)];
        foreach (var (province, code) in ProvinceNames)
            for (var i = 0; i < 30; i++)
            {
                var y = 2015 + i % 9;
                var topic = Topics[i % Topics.Length];
                _provincial[province].Add(NewLaw($"{province}人民政府办公厅关于加强{topic}工作的实施意见", $"{code}政办发〔{y}〕{i + 1}号",
                    $"{province}人民政府办公厅", $"{y}-05-20", "opinion", "provincial"));
            }
        foreach (var county in _counties) Sample(_keys.Counties, county.Name, 50);
    }

    /// Filled while <see cref="Files"/> is enumerated.
    public StoreKeys Keys => _keys;

    static Law NewLaw(string title, string? number, string issuer, string date, string kind, string level)
    {
        var key = number ?? title;
        return new Law(Ids.Node(Labels.Law, key), key, title, number, issuer, date, kind, level);
    }

    /// Gazettes until the store will hold <paramref name="targetEdges"/> distinct edges (files repeat some, such as an
    /// agency's IN edge or a citation of the same law): mostly county gazettes, every 25th a provincial one.
    public IEnumerable<FileGraph> Files(long targetEdges)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; distinct.Count < targetEdges; i++)
        {
            var file = i % 25 == 24 ? ProvincialGazette(i) : CountyGazette(i);
            foreach (var e in file.Edges) distinct.Add(e.Id);
            yield return file;
        }
    }

    FileGraph ProvincialGazette(int index)
    {
        var (province, code) = ProvinceNames[index / 25 % ProvinceNames.Length];
        var g = new Builder($"{province}人民政府公报{2015 + index % 9}年第{index}期.txt");
        var provinceId = g.Region(province, "province", null);
        var office = g.Agency($"{province}人民政府办公厅", "省政府办公厅", province, "provincial", false, 5);
        g.Edge(EdgeTypes.In, office, provinceId, 0, "");
        foreach (var opinion in Enumerable.Range(0, 3).Select(_ => _provincial[province][_rng.Next(30)]).DistinctBy(l => l.Id))
        {
            var line = g.Line(30);
            var id = g.Law(opinion, loaded: true, line);
            g.Edge(EdgeTypes.IssuedBy, id, office, line, opinion.Issuer);
            for (var c = _rng.Next(1, 4); c > 0; c--)
            {
                var cited = PickNational();
                var l2 = g.Line(3);
                g.Edge(EdgeTypes.Cites, id, g.Law(cited, loaded: false, l2), l2, $"根据《{cited.Title}》（{cited.Number}）");
            }
        }
        return g.Build();
    }

    FileGraph CountyGazette(int index)
    {
        var county = _counties[index % _counties.Count];
        var year = 2019 + index / _counties.Count % 6;
        var g = new Builder($"{county.Name}人民政府公报{year}年第{index / _counties.Count + 1}期.txt");
        var countyId = g.Region(county.Name, "county", county.City);
        var cityId = g.Region(county.City, "city", county.Province);
        g.Edge(EdgeTypes.In, countyId, cityId, 0, "");
        g.Edge(EdgeTypes.In, cityId, g.Region(county.Province, "province", null), 0, "");

        var agencies = new Dictionary<int, string>();
        string AgencyOf(int department, int line)
        {
            if (agencies.TryGetValue(department, out var known)) return known;
            var (full, shortName) = Departments[department];
            var id = g.Agency(county.Name + full, "县" + shortName, county.Name, "county", false, line);
            g.Edge(EdgeTypes.In, id, countyId, 0, "");
            if (_rng.NextDouble() < 0.01) { Sample(_keys.Agencies, id, 500); Sample(_keys.AgencyNames, full, 100); }
            return agencies[department] = id;
        }
        var office = g.Agency(county.Name + "人民政府办公室", "县政府办公室", county.Name, "county", false, g.Line(5));
        g.Edge(EdgeTypes.In, office, countyId, 0, "");
        var towns = g.Agency(county.Name + "/各乡（镇）人民政府", "各乡（镇）人民政府", county.Name, "county", true, g.Line(1), name: "各乡（镇）人民政府");
        g.Edge(EdgeTypes.In, towns, countyId, 0, "");

        var topic = Topics[_rng.Next(Topics.Length)];
        var serial = index / _counties.Count + 1;
        var number = $"{county.Code}政办发〔{year}〕{serial}号";
        var planTitle = $"{county.Name}{year}年{topic}工作方案";
        var notice = NewLaw($"{county.Name}人民政府办公室关于印发{planTitle}的通知", number, county.Name + "人民政府办公室", $"{year}-0{_rng.Next(1, 10)}-1{_rng.Next(10)}", "notice", "county");
        var plan = NewLaw(planTitle, null, notice.Issuer, notice.Date, "plan", "county");
        var noticeLine = g.Line(3);
        var noticeId = g.Law(notice, loaded: true, noticeLine);
        var planId = g.Law(plan, loaded: true, g.Line(8));
        g.Edge(EdgeTypes.IssuedBy, noticeId, office, noticeLine, notice.Issuer);
        g.Edge(EdgeTypes.Publishes, noticeId, planId, noticeLine + 2, $"现将《{planTitle}》印发给你们");
        for (var c = _rng.Next(1, 4); c > 0; c--)
        {
            var cited = PickNational();
            var line = g.Line(1);
            g.Edge(EdgeTypes.Cites, noticeId, g.Law(cited, false, line), line, $"根据《{cited.Title}》（{cited.Number}）");
        }
        var provincial = _provincial[county.Province][_rng.Next(30)];
        var pLine = g.Line(1);
        g.Edge(EdgeTypes.Cites, noticeId, g.Law(provincial, false, pLine), pLine, $"按照《{provincial.Title}》（{provincial.Number}）要求");
        var earlier = _countyNotices.TryGetValue(county.Name, out var list) ? list : _countyNotices[county.Name] = [];
        if (earlier.Count > 0)
        {
            var old = earlier[_rng.Next(earlier.Count)];
            var line = g.Line(1);
            var type = _rng.NextDouble() < 0.3 ? EdgeTypes.Supersedes : EdgeTypes.Cites;
            g.Edge(type, noticeId, g.Law(old, false, line), line, type == EdgeTypes.Supersedes ? $"《{old.Title}》（{old.Number}）同时废止" : $"依据《{old.Title}》");
        }
        earlier.Add(notice);
        if (_rng.NextDouble() < 0.2) Sample(_keys.Laws, noticeId, 500);

        for (var t = _rng.Next(2, 6); t > 0; t--) Target(g, planId, planTitle + "/二", g.Line(1), year);
        var tasks = _rng.Next(40, 121);
        for (var t = 0; t < tasks; t++)
        {
            var section = $"三/（{Numbers[t / 10 % Numbers.Length]}）/{t % 10 + 1}";
            var title = $"{Measures[_rng.Next(Measures.Length)][..6]}{topic}";
            var lead = _rng.Next(Departments.Length);
            var cooperating = Enumerable.Range(0, _rng.Next(0, 5)).Select(_ => _rng.Next(Departments.Length)).Where(d => d != lead).Distinct().ToList();
            var clause = $"（牵头单位：县{Departments[lead].Short}；配合单位：{string.Join("、", cooperating.Select(d => "县" + Departments[d].Short))}）";
            var text = $"{title}。{Measures[_rng.Next(Measures.Length)]}，{year}年底前完成。{clause}";
            var line = g.Line(2);
            var taskId = g.Node(Labels.Task, planTitle + "/" + section, line, text,
                (Props.Name, title), (Props.Title, title), (Props.Text, text), (Props.Section, section), (Props.Date, notice.Date), (Props.Deadline, $"{year}-12-31"));
            g.Edge(EdgeTypes.PartOf, taskId, planId, line, title);
            g.Edge(EdgeTypes.Leads, AgencyOf(lead, line), taskId, line + 1, clause, (Props.Role, "牵头单位"), (Props.Surface, "县" + Departments[lead].Short));
            if (_rng.NextDouble() < 0.1)
                g.Edge(EdgeTypes.Leads, towns, taskId, line + 1, clause, (Props.Role, "责任单位"), (Props.Surface, "各乡（镇）人民政府"));
            foreach (var d in cooperating)
                g.Edge(EdgeTypes.Cooperates, AgencyOf(d, line), taskId, line + 1, clause, (Props.Role, "配合单位"), (Props.Surface, "县" + Departments[d].Short));
            if (_rng.NextDouble() < 0.25) Target(g, taskId, planTitle + "/" + section, line + 1, year);
            if (_rng.NextDouble() < 0.004) Sample(_keys.Tasks, taskId, 500);
        }
        foreach (var town in county.Townships.Where(_ => _rng.NextDouble() < 0.4))
        {
            var line = g.Line(1);
            g.Edge(EdgeTypes.In, g.Node(Labels.Township, county.Name + "/" + town, line, town, (Props.Name, town), (Props.County, county.Name)), countyId, line, town);
        }
        if (_rng.NextDouble() < 0.1)
        {
            Sample(_keys.SearchTerms, topic, 60);
            Sample(_keys.SearchTerms, topic[..2], 60);
            Sample(_keys.SearchTerms, county.Name, 60);
        }
        return g.Build();
    }

    static readonly string[] Numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    void Target(Builder g, string ownerId, string keyPrefix, int line, int year)
    {
        var metric = Metrics[_rng.Next(Metrics.Length)];
        var value = _rng.Next(60, 100);
        var text = $"到{year}年底，{metric}达到{value}%以上";
        var id = g.Node(Labels.Target, keyPrefix + "/" + metric, line, text,
            (Props.Name, metric), (Props.Metric, metric), (Props.Value, (long)value), (Props.Unit, "%"), (Props.Comparator, "≥"),
            (Props.Deadline, year.ToString(System.Globalization.CultureInfo.InvariantCulture)), (Props.Text, text));
        g.Edge(EdgeTypes.HasTarget, ownerId, id, line, text);
    }

    Law PickNational()
    {
        var roll = _rng.NextDouble() * _nationalWeights.Sum();
        for (var i = 0; i < _nationalWeights.Length; i++)
            if ((roll -= _nationalWeights[i]) <= 0) return _national[i];
        return _national[^1];
    }

    void Sample(List<string> into, string value, int max)
    {
        if (into.Count < max && !into.Contains(value)) into.Add(value);
    }

    /// One file's nodes and edges, with deterministic ids and a mention per fact, the way the loader builds them.
    sealed class Builder(string file)
    {
        readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
        readonly Dictionary<string, GraphEdge> _edges = new(StringComparer.Ordinal);
        int _line = 1;

        public int Line(int advance) => _line += advance;

        public string Node(string label, string key, int line, string quote, params (string Key, object? Value)[] properties)
        {
            var id = Ids.Node(label, key);
            var bag = new SortedDictionary<string, object?>(StringComparer.Ordinal) { [Props.Key] = key };
            foreach (var (k, v) in properties)
                if (v is not null) bag[k] = v;
            if (_nodes.TryGetValue(id, out var seen))
            {
                // Seen again in this file: one more mention, as the loader records every place.
                _nodes[id] = seen with { Mentions = [.. seen.Mentions, Source.Of(file, line, line * 40, quote)] };
                return id;
            }
            _nodes[id] = new GraphNode(id, label, bag, quote.Length == 0 ? [] : [Source.Of(file, line, line * 40, quote)]);
            return id;
        }

        public string Region(string name, string level, string? parent) =>
            Node(Labels.Region, name, 0, "", (Props.Name, name), (Props.Level, level), (Props.Parent, parent));

        public string Agency(string key, string alias, string jurisdiction, string level, bool collective, int line, string? name = null) =>
            Node(Labels.Agency, key, line, alias, (Props.Name, name ?? key), (Props.Aliases, new[] { alias }), (Props.Jurisdiction, jurisdiction),
                (Props.Level, level), (Props.Collective, collective));

        public string Law(Law law, bool loaded, int line) =>
            Node(Labels.Law, law.Key, line, law.Title, (Props.Name, law.Title), (Props.Title, law.Title), (Props.DocNumber, law.Number),
                (Props.Issuer, law.Issuer), (Props.Date, law.Date), (Props.Kind, law.Kind), (Props.Level, law.Level), (Props.Loaded, loaded));

        public void Edge(string type, string from, string to, int line, string quote, params (string Key, object? Value)[] properties)
        {
            var id = Ids.Edge(type, from, to);
            var bag = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (k, v) in properties)
                if (v is not null) bag[k] = v;
            var mention = quote.Length == 0 ? null : Source.Of(file, line, line * 40, quote);
            _edges[id] = _edges.TryGetValue(id, out var seen)
                ? seen with { Mentions = mention is null ? seen.Mentions : [.. seen.Mentions, mention] }
                : new GraphEdge(id, type, from, to, bag, mention is null ? [] : [mention]);
        }

        public FileGraph Build() => new(file, Ids.Hash(file + _nodes.Count + _edges.Count), [.. _nodes.Values], [.. _edges.Values]);
    }
}
